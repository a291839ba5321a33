(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ae"]={"key":"ae","forms":{"aesthetic":[0],"aesthetics":[0]},"terms":[{"w":524,"p":"ULiFU","h":"aesthetic","o":"iZ"}]};
