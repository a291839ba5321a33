(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rt"]={"key":"rt","forms":{"rte":[0],"rts":[1],"rtuning":[2]},"terms":[{"w":575,"p":"kbI"},{"w":575,"p":"uEb"},{"w":575,"p":"qFZ"}]};
