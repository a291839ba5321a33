(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rt"]={"key":"rt","forms":{"rte":[0],"rts":[1],"rtuning":[2]},"terms":[{"w":575,"p":"kbM"},{"w":575,"p":"uE6O"},{"w":575,"p":"qF4D"}]};
