(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rm"]={"key":"rm","forms":{"rm":[0],"rms":[0]},"terms":[{"w":445,"p":"MKhcaPOhIcqIa","h":"rms","o":"MiL"}]};
